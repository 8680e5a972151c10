% wav2vec 2.0, Baevski et al. (2020), Eq. 3 (the contrastive loss at a masked step t), from memory of the printing:
% c_t the context vector, q_t the true quantized latent, Q_t the K + 1 candidates (q_t among them) as the rows of a
% matrix; sim the cosine similarity (prose), defined as a user would
\mathbf{c}_t, \mathbf{q}_t \in \mathbb{R}^{d}, \mathbf{Q}_t \in \mathbb{R}^{(K+1) \times d}, \kappa = 0.1

sim(\mathbf{a}, \mathbf{b}) = \mathbf{a}^T \mathbf{b} / \|\mathbf{a}\| \|\mathbf{b}\|
\mathcal{L}_m = -\log \frac{\exp(sim(\mathbf{c}_t, \mathbf{q}_t) / \kappa)}{\sum_{\tilde{\mathbf{q}} \sim \mathbf{Q}_t} \exp(sim(\mathbf{c}_t, \tilde{\mathbf{q}}) / \kappa)}
