package io.clientportal.work;

import io.clientportal.kernel.Hours;
import java.util.List;

/** One page of the time a query selects, with how many entries and hours it selects in all. */
public record TimeSheetPage(List<TimeRow> rows, long count, Hours total) {
}
