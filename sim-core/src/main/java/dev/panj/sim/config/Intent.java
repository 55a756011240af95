package dev.panj.sim.config;

/** Why a group crosses (MODEL.md section 3). */
public enum Intent {
    /** Reach and attack an objective in Tajikistan or Kyrgyzstan. */
    INCURSION,
    /** Move north through Tajikistan towards the Ferghana Valley. */
    TRANSIT,
    /** Recruits heading south to join IS: they cross from the Tajik side into Afghanistan. */
    OUTBOUND,
    /** Fighters coming back north. */
    RETURN
}
