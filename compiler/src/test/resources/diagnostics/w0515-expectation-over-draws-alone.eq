% W0515: GRPO's expectation written over its draws alone before the group's mean (DeepSeekMath, Eq. 3)
r \in \mathbb{R}^{G}

J = \mathbb{E}[q \sim P(Q), \{o_i\}_{i=1}^G \sim \pi_{\theta_{old}}(O|q)] \frac{1}{G} \sum_{i=1}^{G} r_i
% ~WARNING W0515
