% MOON (model-contrastive federated learning), Li, He & Song (2021), Eq. 2, from memory of the printing: z the
% local model's representation, z_glob the global model's, z_prev the previous local model's; sim the cosine
% similarity (prose), defined here as a user would
z, z_{glob}, z_{prev} \in \mathbb{R}^{d}, \tau = 0.5

\mathrm{sim}(u, v) = \frac{u^\top v}{\|u\| \|v\|}
\ell_{con} = -\log \frac{\exp(\mathrm{sim}(z, z_{glob}) / \tau)}{\exp(\mathrm{sim}(z, z_{glob}) / \tau) + \exp(\mathrm{sim}(z, z_{prev}) / \tau)}
