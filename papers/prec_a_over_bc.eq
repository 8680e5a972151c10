% Reading rule (ambiguous): a/bc. Papers mean a/(bc) (juxtaposition binds tighter than the slash, as in
% "u^T v / ||u|| ||v||" or "1/2\sigma^2"); a warning naming both readings is also acceptable.
a, b, c \in \mathbb{R}^{d}

y = a/bc
