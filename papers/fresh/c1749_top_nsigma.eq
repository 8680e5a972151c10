% Top-n\sigma sampling, Tang et al. (2024), "Top-n\sigma: Not All Logits Are You Need", Sec. 3 / Algorithm 1: keep the
% logits within n standard deviations of the maximum, from memory; l the V logits, n the multiplier (prose)
l \in \mathbb{R}^{V}, n \in \mathbb{R}

M = \max_i l_i
\mu = \frac{1}{V} \sum_{i=1}^{V} l_i
\sigma = \sqrt{\frac{1}{V} \sum_{i=1}^{V} (l_i - \mu)^2}
\tilde{l}_i = \begin{cases} l_i & \text{if } l_i \geq M - n\sigma \\ -\infty & \text{otherwise} \end{cases}
p_i = \frac{\exp(\tilde{l}_i)}{\sum_{j=1}^{V} \exp(\tilde{l}_j)}
