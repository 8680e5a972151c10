% MINE, Belghazi et al. (2018), Algorithm 1: the Donsker-Varadhan lower bound on a minibatch of b joint samples
% (x^(i), z^(i)) and b marginal samples (x^(i), \bar z^(i)), the statistics network's values given per sample
T_\theta(x^{(i)}, z^{(i)}), T_\theta(x^{(i)}, \bar{z}^{(i)}) \in \mathbb{R}^{b}

\mathcal{V}(\theta) \leftarrow \frac{1}{b} \sum_{i=1}^{b} T_\theta(x^{(i)}, z^{(i)}) - \log\left(\frac{1}{b} \sum_{i=1}^{b} e^{T_\theta(x^{(i)}, \bar{z}^{(i)})}\right)
