package dev.panj.ui.gui;

import dev.panj.scenarios.BuiltInScenario;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.ui.UserError;
import java.io.File;
import java.util.List;
import java.util.Set;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import sim.display.Console;

/**
 * The Console's "Scenario" menu: open a built-in scenario or a scenario file (in a comparison, as run A or as run
 * B), restart the run, restart it with another seed. MASON's own File items for other simulations and checkpoints
 * are removed: a Panj model is built from its scenario, not restored from a serialized checkpoint.
 */
final class ScenarioMenu {
    /** What the menu asks of the GUI. */
    interface Actions {
        /** Opens {@code scenario} as run {@code run} (0: the only run, or A; 1: B). */
        void open(int run, LoadedScenario scenario);

        void restart();

        long nextSeed();

        void restart(long seed);
    }

    private static final Set<String> UNSUPPORTED = Set.of("New Simulation...", "Open...", "Save", "Save As...");

    private ScenarioMenu() {
    }

    /** @param comparison whether the GUI compares two runs: then every opening item comes once for A, once for B */
    static void install(Console console, Actions actions, boolean comparison) {
        JMenuBar bar = console.getJMenuBar();
        if (bar == null) {
            return;
        }
        removeUnsupported(bar);
        JMenu menu = new JMenu("Scenario");
        List<String> suffixes = comparison ? List.of(" as A", " as B") : List.of("");
        for (int run = 0; run < suffixes.size(); run++) {
            int slot = run;
            JMenu builtIn = new JMenu("Open Built-in Scenario" + suffixes.get(run));
            List<BuiltInScenario> scenarios = ScenarioLibrary.builtIns();
            for (BuiltInScenario s : scenarios) {
                JMenuItem item = new JMenuItem(s.name());
                item.setToolTipText(s.description().isEmpty() ? null : s.description());
                item.addActionListener(e -> load(console, s.name(), slot, actions));
                builtIn.add(item);
            }
            builtIn.setEnabled(!scenarios.isEmpty());
            menu.add(builtIn);
            JMenuItem file = new JMenuItem("Open Scenario File" + suffixes.get(run) + "...");
            file.addActionListener(e -> chooseFile(console, slot, actions));
            menu.add(file);
        }
        menu.addSeparator();
        JMenuItem restart = new JMenuItem("Restart with the Same Seed");
        restart.addActionListener(e -> actions.restart());
        menu.add(restart);
        JMenuItem reseed = new JMenuItem("Restart with New Seed...");
        reseed.addActionListener(e -> askSeed(console, actions));
        menu.add(reseed);
        bar.add(menu, Math.min(1, bar.getMenuCount()));
        bar.revalidate();
    }

    private static void removeUnsupported(JMenuBar bar) {
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            if (menu == null) {
                continue;
            }
            for (int i = menu.getItemCount() - 1; i >= 0; i--) {
                JMenuItem item = menu.getItem(i);
                if (item != null && UNSUPPORTED.contains(item.getText())) {
                    menu.remove(i);
                }
            }
            while (menu.getItemCount() > 0 && menu.getItem(0) == null) {
                menu.remove(0);
            }
        }
    }

    private static void chooseFile(Console console, int run, Actions actions) {
        JFileChooser chooser = new JFileChooser(new File(System.getProperty("user.dir")));
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml, *.yml)", "yaml", "yml"));
        if (chooser.showOpenDialog(console) == JFileChooser.APPROVE_OPTION) {
            load(console, chooser.getSelectedFile().getPath(), run, actions);
        }
    }

    private static void load(Console console, String nameOrPath, int run, Actions actions) {
        try {
            actions.open(run, ScenarioLibrary.load(nameOrPath));
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(console, UserError.scenario(nameOrPath, e).getMessage(),
                    "Scenario not loaded", JOptionPane.ERROR_MESSAGE);
        }
    }

    private static void askSeed(Console console, Actions actions) {
        String answer = JOptionPane.showInputDialog(console, "Seed of the new run:", Long.toString(actions.nextSeed() + 1));
        if (answer == null) {
            return;
        }
        try {
            actions.restart(Long.parseLong(answer.strip()));
        } catch (NumberFormatException e) {
            JOptionPane.showMessageDialog(console, "A seed is a whole number, not '" + answer.strip() + "'.",
                    "Seed not changed", JOptionPane.ERROR_MESSAGE);
        }
    }
}
