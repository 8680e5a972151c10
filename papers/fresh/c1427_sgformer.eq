% SGFormer, Wu et al. (2023), Eqs. 4-5: the simple global attention, linear in the N nodes, with Q, K, V
% (N x d) the projected node features, Z^{(0)} the input and \beta the residual weight (prose)
\mathbf{Q}, \mathbf{K}, \mathbf{V}, \mathbf{Z}^{(0)} \in \mathbb{R}^{N \times d}, \beta \in \mathbb{R}

\tilde{\mathbf{Q}} = \frac{\mathbf{Q}}{\|\mathbf{Q}\|_{\mathcal{F}}}, \quad \tilde{\mathbf{K}} = \frac{\mathbf{K}}{\|\mathbf{K}\|_{\mathcal{F}}}
\mathbf{D} = \mathrm{diag}\left(\mathbf{1} + \frac{1}{N}\tilde{\mathbf{Q}}(\tilde{\mathbf{K}}^\top \mathbf{1})\right)
\mathbf{Z} = \beta \mathbf{D}^{-1}\left[\mathbf{V} + \frac{1}{N}\tilde{\mathbf{Q}}(\tilde{\mathbf{K}}^\top \mathbf{V})\right] + (1 - \beta)\mathbf{Z}^{(0)}
