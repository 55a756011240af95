package dev.panj.sim.config;

/** A scripted request for the CSTO force (besides the automatic one when the threshold is passed). */
public record CstoRequestConfig(
        @Param(doc = "Requesting member state (country code).") String country) {
}
