% Fedus et al. 2022, "Switch Transformers", Eq. 4 with Eqs. 5-6 substituted: the auxiliary loss over a batch of
% T tokens and N experts, p the router probabilities (one row per token)
p \in \mathbb{R}^{T \times N}, \alpha \in \mathbb{R}

\mathrm{loss} = \alpha \cdot N \cdot \sum_{i=1}^{N} \left(\frac{1}{T} \sum_{x=1}^{T} \mathbb{1}\{\mathrm{argmax}\, p_x = i\}\right) \cdot \left(\frac{1}{T} \sum_{x=1}^{T} p_{x,i}\right)
