% C51, Bellemare et al. (2017), Eq. 7: the projection of the Bellman update onto the support z_0..z_{N-1} of
% spacing \Delta z; p_j the target distribution's probabilities at x', r and gamma of one transition
z, p \in \mathbb{R}^{N}, r, \gamma, V_{\min}, V_{\max}, \Delta z \in \mathbb{R}

\hat{\mathcal{T}} z_j = r + \gamma z_j
(\Phi \hat{\mathcal{T}} Z_\theta(x, a))_i = \sum_{j=0}^{N-1} \left[ 1 - \frac{\left| [\hat{\mathcal{T}} z_j]_{V_{\min}}^{V_{\max}} - z_i \right|}{\Delta z} \right]_0^1 p_j
