package dev.panj.ui.gui;

import java.util.List;
import sim.util.Interval;

/**
 * What the Console's Model tab shows: the settings of the next run (sliders with sensible ranges, applied
 * when the run is restarted; in a comparison, to both runs), how the map colours sectors and whether a
 * comparison's maps are overlaid (applied at once), and read-only figures of the run in progress (of each run
 * in a comparison). MASON lists the bean properties of this object; {@code dom}, {@code des}, {@code name} and
 * {@code hide} methods give the slider ranges, tooltips, labels and which properties a single run leaves out.
 */
public final class ModelSettings {
    /** The run in progress and the seed of the next one, as the GUI knows them. */
    interface Run {
        String scenario();

        long nextSeed();

        void nextSeed(long seed);

        SectorShading.Mode sectorMode();

        void sectorMode(SectorShading.Mode mode);

        /** The figures of each run in progress: one, or A and B. */
        List<RunStatus> status();

        boolean overlay();

        void overlay(boolean overlay);
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
        return a().time();
    }

    public boolean getOverlayMaps() {
        return run.overlay();
    }

    public void setOverlayMaps(boolean overlay) {
        run.overlay(overlay);
    }

    public String nameOverlayMaps() {
        return "Overlay the two maps";
    }

    public String desOverlayMaps() {
        return "Draw run B's agents in outline over run A's map instead of beside it; changes the map at once.";
    }

    public boolean hideOverlayMaps() {
        return !comparison();
    }

    public String nameGroupsOnTheMove() {
        return prefix("A") + "Groups on the move";
    }

    public int getGroupsOnTheMove() {
        return a().activeGroups();
    }

    public String nameMilitantsArrived() {
        return prefix("A") + "Militants arrived";
    }

    public long getMilitantsArrived() {
        return a().arrived();
    }

    public String nameMilitantsDetected() {
        return prefix("A") + "Militants detected";
    }

    public long getMilitantsDetected() {
        return a().detected();
    }

    public String nameMilitantsInterdicted() {
        return prefix("A") + "Militants interdicted";
    }

    public long getMilitantsInterdicted() {
        return a().interdicted();
    }

    public String nameMilitantsLeaked() {
        return prefix("A") + "Militants leaked";
    }

    public long getMilitantsLeaked() {
        return a().leaked();
    }

    public String nameUnitsOut() {
        return prefix("A") + "Units out";
    }

    public int getUnitsOut() {
        return a().unitsOut();
    }

    public String nameGroupsOnTheMoveB() {
        return "B: Groups on the move";
    }

    public int getGroupsOnTheMoveB() {
        return b().activeGroups();
    }

    public boolean hideGroupsOnTheMoveB() {
        return !comparison();
    }

    public String nameMilitantsArrivedB() {
        return "B: Militants arrived";
    }

    public long getMilitantsArrivedB() {
        return b().arrived();
    }

    public boolean hideMilitantsArrivedB() {
        return !comparison();
    }

    public String nameMilitantsDetectedB() {
        return "B: Militants detected";
    }

    public long getMilitantsDetectedB() {
        return b().detected();
    }

    public boolean hideMilitantsDetectedB() {
        return !comparison();
    }

    public String nameMilitantsInterdictedB() {
        return "B: Militants interdicted";
    }

    public long getMilitantsInterdictedB() {
        return b().interdicted();
    }

    public boolean hideMilitantsInterdictedB() {
        return !comparison();
    }

    public String nameMilitantsLeakedB() {
        return "B: Militants leaked";
    }

    public long getMilitantsLeakedB() {
        return b().leaked();
    }

    public boolean hideMilitantsLeakedB() {
        return !comparison();
    }

    public String nameUnitsOutB() {
        return "B: Units out";
    }

    public int getUnitsOutB() {
        return b().unitsOut();
    }

    public boolean hideUnitsOutB() {
        return !comparison();
    }

    private boolean comparison() {
        return run.status().size() == 2;
    }

    private String prefix(String letter) {
        return comparison() ? letter + ": " : "";
    }

    private RunStatus a() {
        return run.status().get(0);
    }

    private RunStatus b() {
        List<RunStatus> s = run.status();
        return s.size() == 2 ? s.get(1) : RunStatus.NONE;
    }

    private static double checked(String what, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", but was " + value);
        }
        return value;
    }
}
