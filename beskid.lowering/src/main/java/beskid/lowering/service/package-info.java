/**
 * The DS component providing {@link beskid.lowering.api.LoweringService}
 * ({@link beskid.lowering.service.LoweringComponent}) and the pipeline it runs: parse, check,
 * lower, with every failure turned into a diagnostic.
 */
package beskid.lowering.service;
