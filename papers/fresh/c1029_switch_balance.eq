% Fedus et al. 2022, "Switch Transformers", Eqs. 4-6: the auxiliary load-balancing loss over a batch of T tokens
% and N experts, with p the router probabilities.
p \in \mathbb{R}^{T \times N}, \alpha \in \mathbb{R}

\mathrm{loss} = \alpha \cdot N \cdot \sum_{i=1}^{N} f_i \cdot P_i
f_i = \frac{1}{T} \sum_{x=1}^{T} \mathbb{1}\{\mathrm{argmax}\, p_x = i\}
P_i = \frac{1}{T} \sum_{x=1}^{T} p_{x,i}
