package dev.panj.results.bench;

/**
 * What one size of the scaling scenario cost: median nanoseconds per agent-step over the timed runs, heap
 * bytes per agent at the peak of the exodus, the agents moving then, and the agent-steps of one run.
 */
public record ScalingMeasurement(int people, double nsPerAgentStep, double heapBytesPerAgent, long peakAgents,
                                 long agentSteps, double secondsPerRun) {
}
