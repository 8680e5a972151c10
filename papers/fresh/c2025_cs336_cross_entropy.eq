% Stanford CS336 (2025), Assignment 1 Sec. 3.1/4.1: softmax and the per-token cross-entropy of logits o_i over a
% vocabulary of size V, from memory; o the m x V logits (one row o_i per position) and x_{i+1} the next tokens (prose)
o \in \mathbb{R}^{m \times V}, x \in \{1, \ldots, V\}^{m+1}

\mathrm{softmax}(v)_i = \frac{\exp(v_i)}{\sum_{j=1}^{n} \exp(v_j)}
\ell = \frac{1}{m}\sum_{i=1}^{m} -\log \mathrm{softmax}(o_i)_{x_{i+1}}
