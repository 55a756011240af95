package dev.panj.ui.gui;

import sim.util.Interval;

/**
 * What the Console's Model tab shows: the settings of the next run (sliders with sensible ranges, applied
 * when the run is restarted), how the map colours sectors (applied at once), and read-only figures of the
 * run in progress. MASON lists the bean properties of this object; {@code dom}, {@code des} and
 * {@code name} methods give the slider ranges, tooltips and labels.
 */
public final class ModelSettings {
    /** The run in progress and the seed of the next one, as the GUI knows them. */
    interface Run {
        String scenario();

        long nextSeed();

        void nextSeed(long seed);

        SectorShading.Mode sectorMode();

        void sectorMode(SectorShading.Mode mode);

        RunStatus status();
    }

    private final Run run;
    private double runLength;
    private double arrivalRate = 1;
    private double detectionRange = 1;
    private double reportDelay = 1;
    private double mobilisationDelay = 1;
    private double unitSpeed = 1;

    ModelSettings(Run run, double runLength) {
        this.run = run;
        setRunLength(runLength);
    }

    ScenarioOverrides overrides() {
        return new ScenarioOverrides(arrivalRate, detectionRange, reportDelay, mobilisationDelay, unitSpeed);
    }

    double runLength() {
        return runLength;
    }

    public String getScenario() {
        return run.scenario();
    }

    public long getSeed() {
        return run.nextSeed();
    }

    public void setSeed(long seed) {
        run.nextSeed(seed);
    }

    public String desSeed() {
        return "Master seed of the next run (the same as the Console tab's random number seed).";
    }

    public double getRunLength() {
        return runLength;
    }

    public void setRunLength(double hours) {
        runLength = checked("run length", hours, 0.25, 24 * 3650);
    }

    public String nameRunLength() {
        return "Run length (h)";
    }

    public String desRunLength() {
        return "Simulated hours of the next run; the Console stops the run there.";
    }

    public double getArrivalRate() {
        return arrivalRate;
    }

    public void setArrivalRate(double m) {
        arrivalRate = checked("arrival rate", m, 0, 5);
    }

    public Object domArrivalRate() {
        return new Interval(0.0, 5.0);
    }

    public String nameArrivalRate() {
        return "Arrival rate \u00d7";
    }

    public String desArrivalRate() {
        return "Multiplies every arrival stream's rate of groups (next run).";
    }

    public double getDetectionRange() {
        return detectionRange;
    }

    public void setDetectionRange(double m) {
        detectionRange = checked("detection range", m, 0.25, 4);
    }

    public Object domDetectionRange() {
        return new Interval(0.25, 4.0);
    }

    public String nameDetectionRange() {
        return "Detection range \u00d7";
    }

    public String desDetectionRange() {
        return "Multiplies the range of every post, sensor and patrol (next run).";
    }

    public double getReportDelay() {
        return reportDelay;
    }

    public void setReportDelay(double m) {
        reportDelay = checked("report delay", m, 0, 5);
    }

    public Object domReportDelay() {
        return new Interval(0.0, 5.0);
    }

    public String nameReportDelay() {
        return "Report delay \u00d7";
    }

    public String desReportDelay() {
        return "Multiplies every detector's delay from detection to the report reaching its command (next run).";
    }

    public double getMobilisationDelay() {
        return mobilisationDelay;
    }

    public void setMobilisationDelay(double m) {
        mobilisationDelay = checked("mobilisation delay", m, 0, 5);
    }

    public Object domMobilisationDelay() {
        return new Interval(0.0, 5.0);
    }

    public String nameMobilisationDelay() {
        return "Mobilisation delay \u00d7";
    }

    public String desMobilisationDelay() {
        return "Multiplies every reaction unit's time from the order to departure (next run).";
    }

    public double getUnitSpeed() {
        return unitSpeed;
    }

    public void setUnitSpeed(double m) {
        unitSpeed = checked("unit speed", m, 0.25, 4);
    }

    public Object domUnitSpeed() {
        return new Interval(0.25, 4.0);
    }

    public String nameUnitSpeed() {
        return "Unit speed \u00d7";
    }

    public String desUnitSpeed() {
        return "Multiplies every reaction unit's travel speed (next run).";
    }

    public String nameSectorColours() {
        return "Sector colours";
    }

    public int getSectorColours() {
        return run.sectorMode().ordinal();
    }

    public void setSectorColours(int i) {
        SectorShading.Mode[] modes = SectorShading.Mode.values();
        if (i < 0 || i >= modes.length) {
            throw new IllegalArgumentException("no sector colouring number " + i);
        }
        run.sectorMode(modes[i]);
    }

    public Object domSectorColours() {
        SectorShading.Mode[] modes = SectorShading.Mode.values();
        String[] names = new String[modes.length];
        for (int i = 0; i < modes.length; i++) {
            names[i] = modes[i].text;
        }
        return names;
    }

    public String desSectorColours() {
        return "What the colour of the band along the border shows; changes the map at once.";
    }

    public String nameSimulatedTime() {
        return "Simulated time";
    }

    public String getSimulatedTime() {
        return run.status().time();
    }

    public String nameGroupsOnTheMove() {
        return "Groups on the move";
    }

    public int getGroupsOnTheMove() {
        return run.status().activeGroups();
    }

    public String nameMilitantsArrived() {
        return "Militants arrived";
    }

    public long getMilitantsArrived() {
        return run.status().arrived();
    }

    public String nameMilitantsDetected() {
        return "Militants detected";
    }

    public long getMilitantsDetected() {
        return run.status().detected();
    }

    public String nameMilitantsInterdicted() {
        return "Militants stopped";
    }

    public long getMilitantsInterdicted() {
        return run.status().interdicted();
    }

    public String nameMilitantsLeaked() {
        return "Militants leaked";
    }

    public long getMilitantsLeaked() {
        return run.status().leaked();
    }

    public String nameUnitsOut() {
        return "Units out";
    }

    public int getUnitsOut() {
        return run.status().unitsOut();
    }

    private static double checked(String what, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", but was " + value);
        }
        return value;
    }
}
