% Rho-1: Not All Tokens Are What You Need, Lin et al. (NeurIPS 2024), Eq. 3 (from memory): the selective language
% modelling loss over N tokens, I_{k%} the indicator that token x_i is in the top k% by excess loss and
% log P(x_i | x_{<i}; theta) the model's log-likelihoods (both given, declared from the prose as length-N vectors)
I_{k\%}(x_i), \log P(x_i | x_{<i}; \theta) \in \mathbb{R}^{N}, k \in \mathbb{R}

\mathcal{L}_{\text{SLM}}(\theta) = -\frac{1}{N * k\%} \sum_{i=1}^{N} I_{k\%}(x_i) \cdot \log P(x_i | x_{<i}; \theta)
