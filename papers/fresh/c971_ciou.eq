% CIoU, Zheng et al. (2020), Eqs. 8-11: the aspect-ratio term v, its trade-off weight alpha and the
% CIoU loss; IoU, the centre distance rho and the enclosing diagonal c are given per box pair (prose)
w, h, w^{gt}, h^{gt}, IoU, \rho, c \in \mathbb{R}^{B}

v = \frac{4}{\pi^2}\left(\arctan\frac{w^{gt}}{h^{gt}} - \arctan\frac{w}{h}\right)^2
\alpha = \frac{v}{(1 - IoU) + v}
\mathcal{L}_{CIoU} = 1 - IoU + \frac{\rho^2}{c^2} + \alpha v
