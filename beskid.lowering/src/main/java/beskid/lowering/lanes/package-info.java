/**
 * Work of one large source side by side on two cores: {@link beskid.lowering.lanes.Lanes} runs
 * independent jobs on the calling thread and one helper and hands back their results in order,
 * so a pass that splits its work stays deterministic. Used by the parser (a large file's two
 * halves) and the emitter (a large module's classes).
 */
package beskid.lowering.lanes;
