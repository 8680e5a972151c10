% Min-p sampling, Nguyen et al. (2024), Sec. 3.1: the threshold p_scaled = p_base * p_max and the renormalised
% distribution over the tokens whose probability reaches it; P the next-token probabilities over V tokens (prose)
P \in \mathbb{R}^{V}, p_{\text{base}} \in \mathbb{R}

p_{\max} = \max_{v} P(v)
p_{\text{scaled}} = p_{\text{base}} \times p_{\max}
\tilde{P}(v) = \frac{P(v) \, \mathbb{1}[P(v) \geq p_{\text{scaled}}]}{\sum_{v'} P(v') \, \mathbb{1}[P(v') \geq p_{\text{scaled}}]}
