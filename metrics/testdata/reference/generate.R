# Gould-Fernandez brokerage reference values with R sna::brokerage.
#
# Usage: Rscript generate.R DATASET_DIR [MUNICIPALITY]
#
# Reads DATASET_DIR/units.csv and DATASET_DIR/contacts.csv, builds the
# directed binary initiative graph D (arc i->j iff some contact row has
# from = i, to = j, i != j and weight != 0; weight defaults to 1), takes the
# agency column as the class vector ("" for units without one, and for every
# unit when there is no agency column) and writes sna::brokerage(D, cl)$raw.nli
# as tab-separated text on stdout: id, w_I, w_O, b_IO, b_OI, b_O, t.
# With MUNICIPALITY, only the units of that municipality and the arcs among
# them are used (the induced subgraph).
#
# generate.py calls this script; it can also be run on its own.

suppressMessages(library(sna))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript generate.R DATASET_DIR [MUNICIPALITY]")
dir <- args[1]

read <- function(f) {
  read.csv(file.path(dir, f), colClasses = "character", na.strings = character(0),
           check.names = FALSE, encoding = "UTF-8", fileEncoding = "UTF-8-BOM")
}
units <- read("units.csv")
contacts <- read("contacts.csv")

if (length(args) >= 2) {
  units <- units[units$municipality == args[2], , drop = FALSE]
}
ids <- units$id
n <- length(ids)
cl <- if ("agency" %in% names(units)) trimws(units$agency) else rep("", n)

w <- if ("weight" %in% names(contacts)) contacts$weight else rep("", nrow(contacts))
w <- ifelse(trimws(w) == "", "1", w)
keep <- contacts$from != contacts$to & as.numeric(w) != 0 &
  contacts$from %in% ids & contacts$to %in% ids
m <- matrix(0, n, n)
m[cbind(match(contacts$from[keep], ids), match(contacts$to[keep], ids))] <- 1

out <- data.frame(id = ids, stringsAsFactors = FALSE)
if (n > 0) {
  br <- brokerage(m, cl)$raw.nli
  out <- cbind(out, as.data.frame(br))
}
write.table(out, stdout(), sep = "\t", quote = FALSE, row.names = FALSE)
