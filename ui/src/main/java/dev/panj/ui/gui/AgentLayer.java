package dev.panj.ui.gui;

import dev.panj.sim.model.BorderModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import sim.field.continuous.Continuous2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * One kind of agent on the map. The model keeps its agents in plain lists, not in MASON fields, so that it
 * stays free of display code; after every step this layer mirrors the list into its own {@link Continuous2D}
 * of views, which MASON's portrayal draws, hit-tests and inspects. A view outlives its agent by
 * {@code lingerHours}, so that a group interdicted in this tick is still seen as interdicted for a while.
 *
 * <p>Adding a kind of agent to the map is one more layer: a name, the model's list, a view and a marker.
 *
 * @param <A> the model's agent type
 */
final class AgentLayer<A> implements MapLayer {
    private final String name;
    private final Function<BorderModel, List<A>> agents;
    private final Function<A, AgentView> viewOf;
    private final double lingerHours;
    private final ContinuousPortrayal2D portrayal = new ContinuousPortrayal2D();
    private final Map<A, AgentView> views = new IdentityHashMap<>();
    private final Map<A, Double> goneSince = new IdentityHashMap<>();
    /** The agents with a view, in the order they came: removals in this order keep the drawing order the same. */
    private final List<A> order = new ArrayList<>();
    private Continuous2D field;
    private MapFrame frame;

    AgentLayer(String name, Function<BorderModel, List<A>> agents, Function<A, AgentView> viewOf,
               SimplePortrayal2D marker, double lingerHours) {
        this.name = name;
        this.agents = agents;
        this.viewOf = viewOf;
        this.lingerHours = lingerHours;
        portrayal.setPortrayalForAll(marker);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public FieldPortrayal2D portrayal() {
        return portrayal;
    }

    @Override
    public void reset(MapFrame newFrame) {
        frame = newFrame;
        // Large buckets: layers hold at most a few thousand agents, and the portrayal walks them all anyway.
        field = new Continuous2D(Math.max(frame.width(), frame.height()) / 8, frame.width(), frame.height());
        views.clear();
        goneSince.clear();
        order.clear();
        portrayal.setField(field);
    }

    @Override
    public void refresh(BorderModel model, double time) {
        List<A> now = agents.apply(model);
        Map<A, Boolean> present = new IdentityHashMap<>();
        for (A agent : now) {
            present.put(agent, Boolean.TRUE);
            AgentView view = views.get(agent);
            if (view == null) {
                view = viewOf.apply(agent);
                views.put(agent, view);
                order.add(agent);
            }
            goneSince.remove(agent);
            show(view, time);
        }
        Iterator<A> it = order.iterator();
        while (it.hasNext()) {
            A agent = it.next();
            if (present.containsKey(agent)) {
                continue;
            }
            double gone = goneSince.computeIfAbsent(agent, k -> time);
            if (time - gone >= lingerHours) {
                field.remove(views.remove(agent));
                goneSince.remove(agent);
                it.remove();
            }
        }
    }

    private void show(AgentView view, double time) {
        view.observe(time);
        field.setObjectLocation(view, frame.toField(view.position()));
    }

    /** The views on the map now, in the order their agents came (tests). */
    List<AgentView> views() {
        return order.stream().map(views::get).toList();
    }
}
