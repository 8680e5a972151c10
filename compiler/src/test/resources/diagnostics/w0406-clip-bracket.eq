% C51 (Bellemare et al. 2017), Eq. 7: the Bellman update of the support clipped to [V_min, V_max]
z \in \mathbb{R}^{N}, r, \gamma, V_{\min}, V_{\max} \in \mathbb{R}

t = [r + \gamma z]_{V_{\min}}^{V_{\max}}
% ~WARNING W0406
