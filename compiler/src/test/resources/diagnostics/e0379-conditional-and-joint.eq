% p(y|x) and p(y, x): a conditional and a joint probability of a function the file does not define, at the
% same arguments; eqc names both p(y, x), so they would be one number.
r = \frac{p(y, x)}{p(y \mid x)}
% ~WARNING W0190
% ~ERROR E0379
