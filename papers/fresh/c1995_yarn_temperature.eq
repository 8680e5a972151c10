% YaRN: Efficient Context Window Extension of Large Language Models, Peng et al. (ICLR 2024), Eqs. 22-23 (from
% memory): the attention temperature t of the logits q_m^T k_n / (t sqrt|D|) for scale factor s; q_m, k_n in R^{|D|}
\mathbf{q}_m, \mathbf{k}_n \in \mathbb{R}^{D}, s \in \mathbb{R}

\sqrt{\frac{1}{t}} = 0.1 \ln(s) + 1
\text{softmax}\left(\frac{\mathbf{q}_m^T \mathbf{k}_n}{t\sqrt{|D|}}\right)
