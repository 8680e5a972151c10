% Importance Weighted Autoencoders, Burda et al. (2016), Eq. 8: the k-sample bound for one draw of h_1..h_k;
% the joint p(x, h_i) and the proposal q(h_i|x) at the k samples are given (prose)
p(\mathbf{x}, \mathbf{h}_i), q(\mathbf{h}_i|\mathbf{x}) \in \mathbb{R}^{k}

\mathcal{L}_k(\mathbf{x}) = \mathbb{E}_{\mathbf{h}_1, \ldots, \mathbf{h}_k \sim q(\mathbf{h}|\mathbf{x})}\left[\log \frac{1}{k}\sum_{i=1}^{k}\frac{p(\mathbf{x}, \mathbf{h}_i)}{q(\mathbf{h}_i|\mathbf{x})}\right]
