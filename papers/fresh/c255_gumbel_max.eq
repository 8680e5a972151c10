% Categorical reparameterization with Gumbel-softmax, Jang, Gu & Poole (2017), Eq. 1: the Gumbel-Max
% trick; pi_1..pi_k the class probabilities, g_i i.i.d. Gumbel(0, 1) samples (prose)
\pi, g \in \mathbb{R}^{k}

z = \mathrm{one\_hot}\left(\arg\max_i \left[g_i + \log \pi_i\right]\right)
