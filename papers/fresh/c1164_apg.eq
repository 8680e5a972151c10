% Adaptive projected guidance, Sadat et al. (2024), Eqs. 5-8: the conditional and unconditional denoiser
% outputs for one image of n pixels (prose: flattened), guidance scale w, parallel weight eta
D_\theta(\mathbf{z}_t, t, \mathbf{y}), D_\theta(\mathbf{z}_t, t) \in \mathbb{R}^{n}, w, \eta \in \mathbb{R}

\Delta D_t = D_\theta(\mathbf{z}_t, t, \mathbf{y}) - D_\theta(\mathbf{z}_t, t)
\Delta D_t^{\parallel} = \frac{\langle \Delta D_t, D_\theta(\mathbf{z}_t, t, \mathbf{y}) \rangle}{\langle D_\theta(\mathbf{z}_t, t, \mathbf{y}), D_\theta(\mathbf{z}_t, t, \mathbf{y}) \rangle} D_\theta(\mathbf{z}_t, t, \mathbf{y})
\Delta D_t^{\perp} = \Delta D_t - \Delta D_t^{\parallel}
\hat{D}_\theta^{\text{APG}}(\mathbf{z}_t, t, \mathbf{y}) = D_\theta(\mathbf{z}_t, t, \mathbf{y}) + (w - 1)(\Delta D_t^{\perp} + \eta \Delta D_t^{\parallel})
