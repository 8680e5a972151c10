% Soft Q-learning, Haarnoja et al. (2017), Eq. 7, discrete actions: V(s) = alpha log sum_a exp(Q(s,a)/alpha)
Q \in \mathbb{R}^{|A|}, \alpha \in \mathbb{R}

V_{\mathrm{soft}}(s) = \alpha \log \sum_{a} \exp\left(\frac{1}{\alpha} Q_{\mathrm{soft}}(s, a)\right)
