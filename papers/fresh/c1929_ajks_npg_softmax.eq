% Agarwal et al. (2022 draft), Lemma 11.? / Eq. 11.? (natural policy gradient for the softmax class as a
% multiplicative update), from memory of the printing: Z_t(s) the normaliser as the prose defines it; tables over
% states s and actions a (the advantage A^{(t)}(s, a) of the current policy given)
\pi^{(t)} \in \mathbb{R}^{S \times A}, A^{(t)} \in \mathbb{R}^{S \times A}, \eta, \gamma \in \mathbb{R}

Z_t(s) = \sum_{a \in \mathcal{A}} \pi^{(t)}(a|s) \exp\left(\eta A^{(t)}(s, a) / (1 - \gamma)\right)
\pi^{(t+1)}(a|s) = \pi^{(t)}(a|s) \frac{\exp\left(\eta A^{(t)}(s, a) / (1 - \gamma)\right)}{Z_t(s)}
