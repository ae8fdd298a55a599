# QAP reference values with R sna 2.7-1: correlation (qaptest with gcor)
# and multiple regression with Dekker's semi-partialling (netlm, nullhyp =
# "qapspp", test.statistic = "t-value").
#
# Usage: Rscript generate_qap.R SEED REPS CHECK MODE Y X1 [X2 ...]
#
# Y and X are files holding an n x n matrix (tab-separated, no header; rows
# and columns in the units' id order); MODE is "graph" (unordered pairs,
# symmetric relations) or "digraph" (ordered pairs). With one X it runs
# the correlation test, with several the regression.
#
# sna's own functions take about 18 ms per permutation on 106 units, so
# 100 000 permutations would take hours. The observed values come from
# sna itself (qaptest / netlm with CHECK permutations); the REPS-permutation
# distributions come from fast_qaptest and fast_netlm below, which repeat
# sna's computation step by step with the same calls to the random number
# generator (rmperm draws sample(1:n) once per matrix it permutes). The
# script stops unless, after set.seed(SEED), their first CHECK permuted
# values equal sna's with CHECK permutations.
#
# It prints "key<TAB>value..." lines with 17 significant digits:
#   correlation: testval, pgreq, pleeq (sna's rule: exact comparison),
#     pgreq_tol, pleeq_tol (values within 1e-10 of the observed, relative,
#     counted as equal), mean, sd (divisor N), reps
#   regression: coefficients, tstat, pgreq, pleeq, pgreqabs, pgreq_tol,
#     pleeq_tol, pgreqabs_tol, mean, sd (one value per coefficient,
#     intercept first), r_squared, adj_r_squared, n, reps
#
# generate_permutation.py calls this script.

suppressMessages(library(sna))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 6) stop("usage: Rscript generate_qap.R SEED REPS CHECK MODE Y X1 [X2 ...]")
seed <- as.integer(args[1])
reps <- as.integer(args[2])
check <- as.integer(args[3])
mode <- args[4]
readm <- function(f) unname(as.matrix(read.table(f, sep = "\t", header = FALSE)))
y <- readm(args[5])
xs <- lapply(args[6:length(args)], readm)
n <- nrow(y)
# the cells gvectorize keeps, in its (column-major) order
sel <- if (mode == "graph") lower.tri(y) else row(y) != col(y)

out <- function(key, v) cat(key, paste(sprintf("%.17g", v), collapse = "\t"), "\n", sep = "\t")
tol <- function(obs) 1e-10 * pmax(1, abs(obs))
popsd <- function(v) sqrt(mean((v - mean(v))^2))
same <- function(a, b, what) {
  d <- max(abs(a - b))
  if (!(d <= 1e-12 * max(1, abs(b)))) stop(sprintf("%s: fast and sna distributions differ by %g", what, d))
}

# qaptest(list(y, x), gcor, g1 = 1, g2 = 2, mode = mode): rmperm permutes
# y and x with one sample(1:n) each.
fast_qaptest <- function(y, x, reps) {
  dist <- numeric(reps)
  for (i in 1:reps) {
    o1 <- sample(1:n)
    o2 <- sample(1:n)
    dist[i] <- cor(y[o1, o1][sel], x[o2, o2][sel])
  }
  dist
}

# sna's gettval: t-values from a QR fit.
gettval <- function(x, y, tol = 1e-07) {
  xqr <- qr(x, tol = tol)
  coef <- qr.coef(xqr, y)
  resid <- qr.resid(xqr, y)
  resvar <- sum(resid^2) / (length(y) - xqr$rank)
  coef / sqrt(diag(chol2inv(xqr$qr)) * resvar)
}

# netlm(y, xs, mode = mode, nullhyp = "qapspp"): for predictor i (the
# intercept first), its residual on the others is permuted with rmperm
# and the t-value of the permuted residual, entered last, is kept.
fast_netlm <- function(y, xs, reps) {
  g <- c(list(matrix(1, n, n)), xs)
  nx <- length(g)
  yv <- y[sel]
  dist <- matrix(0, reps, nx)
  for (i in 1:nx) {
    others <- sapply(g[-i], function(m) m[sel])
    xres <- g[[i]]
    xres[sel] <- qr.resid(qr(others, tol = 1e-07), g[[i]][sel])
    if (mode == "graph") xres[upper.tri(xres)] <- t(xres)[upper.tri(xres)]
    for (j in 1:reps) {
      o <- sample(1:n)
      dist[j, i] <- gettval(cbind(others, xres[o, o][sel]), yv)[nx]
    }
  }
  dist
}

if (length(xs) == 1) {
  set.seed(seed)
  q <- qaptest(list(y, xs[[1]]), gcor, g1 = 1, g2 = 2, reps = check, mode = mode)
  set.seed(seed)
  same(fast_qaptest(y, xs[[1]], check), q$dist, "gcor")
  set.seed(seed)
  dist <- fast_qaptest(y, xs[[1]], reps)
  t <- q$testval
  out("testval", t)
  out("pgreq", mean(dist >= t))
  out("pleeq", mean(dist <= t))
  out("pgreq_tol", mean(dist >= t - tol(t)))
  out("pleeq_tol", mean(dist <= t + tol(t)))
  out("mean", mean(dist))
  out("sd", popsd(dist))
  out("reps", reps)
} else {
  set.seed(seed)
  fit <- netlm(y, xs, mode = mode, nullhyp = "qapspp", test.statistic = "t-value", reps = check)
  set.seed(seed)
  same(fast_netlm(y, xs, check), fit$dist, "netlm")
  set.seed(seed)
  dist <- fast_netlm(y, xs, reps)
  t <- fit$tstat
  k <- length(t)
  col <- function(f) sapply(1:k, function(i) f(dist[, i], t[i]))
  out("coefficients", fit$coefficients)
  out("tstat", t)
  out("pgreq", col(function(d, t) mean(d >= t)))
  out("pleeq", col(function(d, t) mean(d <= t)))
  out("pgreqabs", col(function(d, t) mean(abs(d) >= abs(t))))
  out("pgreq_tol", col(function(d, t) mean(d >= t - tol(t))))
  out("pleeq_tol", col(function(d, t) mean(d <= t + tol(t))))
  out("pgreqabs_tol", col(function(d, t) mean(abs(d) >= abs(t) - tol(t))))
  out("mean", apply(dist, 2, mean))
  out("sd", apply(dist, 2, popsd))
  rss <- sum(fit$residuals^2)
  yv <- fit$fitted.values + fit$residuals
  r2 <- 1 - rss / sum((yv - mean(yv))^2)
  out("r_squared", r2)
  out("adj_r_squared", 1 - (1 - r2) * (fit$n - 1) / fit$df.residual)
  out("n", fit$n)
  out("reps", reps)
}
