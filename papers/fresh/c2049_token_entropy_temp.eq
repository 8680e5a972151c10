% Beyond the 80/20 Rule: High-Entropy Minority Tokens (Wang et al. 2025), Eq. 1 (from memory): the token entropy
% H_t of the next-token distribution p_t = Softmax(z_t / T) over the V vocabulary entries, z_t the logits of the
% L generated positions (rows), T the decoding temperature (a scalar, not a length)
\mathbf{z} \in \mathbb{R}^{L \times V}, T \in \mathbb{R}

\mathbf{p}_t = \pi_\theta(\cdot | \mathbf{q}, \mathbf{o}_{<t}) = \mathrm{Softmax}\left( \frac{\mathbf{z}_t}{T} \right)
H_t = -\sum_{j=1}^{V} p_{t,j} \log p_{t,j}
