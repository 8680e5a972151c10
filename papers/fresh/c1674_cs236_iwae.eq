% Stanford CS236 (Ermon), VAE notes/lecture 6, the importance-weighted bound, from memory of the printing: the joint
% and the proposal's density at the k samples z^(1..k) given (one draw of the k samples, the expectation's estimate)
p(\mathbf{x},\mathbf{z}^{(i)}), q(\mathbf{z}^{(i)}|\mathbf{x}) \in \mathbb{R}^{k}

\mathcal{L}_k(\mathbf{x}) = \mathbb{E}_{\mathbf{z}^{(1)},\ldots,\mathbf{z}^{(k)} \sim q(\mathbf{z}|\mathbf{x})}\left[\log \frac{1}{k}\sum_{i=1}^{k}\frac{p(\mathbf{x},\mathbf{z}^{(i)})}{q(\mathbf{z}^{(i)}|\mathbf{x})}\right]
