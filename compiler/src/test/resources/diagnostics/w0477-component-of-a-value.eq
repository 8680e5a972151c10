% DINO's student distribution: component i of P_s(x), with the student's logits g(x) given
g_{\theta_s}(x) \in \mathbb{R}^{K}, \tau_s \in \mathbb{R}

P_s(x)^{(i)} = \frac{\exp(g_{\theta_s}(x)^{(i)}/\tau_s)}{\sum_{k=1}^{K} \exp(g_{\theta_s}(x)^{(k)}/\tau_s)}
% ~WARNING W0140
% ~WARNING W0191
% ~WARNING W0240
% ~WARNING W0240
% ~WARNING W0477
