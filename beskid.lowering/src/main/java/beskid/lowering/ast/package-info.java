/** The Beskid syntax tree: one small record per node, positions on every node. */
package beskid.lowering.ast;
