% A softmax over a single score: softmax needs a vector of scores.
q, k \in \mathbb{R}^{d}
a = \mathrm{softmax}(q^\top k)
% ~ERROR E0303
