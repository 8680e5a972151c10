% CLIP, Radford et al. (2021), Figure 3 pseudocode as equations: symmetric cross-entropy over the n x n logits
I_e, T_e \in \mathbb{R}^{n \times d}, t \in \mathbb{R}

\text{logits} = I_e T_e^\top \cdot e^{t}
\mathcal{L} = -\frac{1}{2n} \sum_{i=1}^{n} \left( \log \frac{e^{\text{logits}_{ii}}}{\sum_{j} e^{\text{logits}_{ij}}} + \log \frac{e^{\text{logits}_{ii}}}{\sum_{j} e^{\text{logits}_{ji}}} \right)
