package dev.panj.sim.event;

/** Something that happened in a run, at a model time in hours. Events are small, immutable and past tense. */
public sealed interface ModelEvent permits GroupArrived, GroupReachedBank, GroupCrossed, GroupTurnedBack, GroupDetected,
        GroupBribedThrough, ReportReceived, TrackLost, UnitDispatched, EngagementStarted, EngagementJoined, EngagementEnded,
        GroupInterdicted, GroupLeaked, UnitReturned, CooperationChanged, ReportShared, HelpRequested, HelpGranted,
        ContingentArrived, UnitAdded, SectorAlerted, AttackCarriedOut, CiviliansArrived, CiviliansScreened, CiviliansReleased,
        CiviliansTurnedAway, CrossingStatusChanged, CivilianCasualties, GroupScreened, AlarmRaised, AlarmInvestigated,
        AlarmDropped, GreenBorderCrossed, GroupInCrowd, CiviliansForded {
    double time();
}
