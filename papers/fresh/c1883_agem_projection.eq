% A-GEM, Chaudhry et al. (2019), Eq. 11 (the projected gradient when g^T g_ref < 0), from memory of the printing;
% g the proposed gradient, g_ref the gradient on the episodic-memory batch
g, g_{ref} \in \mathbb{R}^{p}

\tilde{g} = g - \frac{g^\top g_{ref}}{g_{ref}^\top g_{ref}} g_{ref}
