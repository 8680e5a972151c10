% Knowledge distillation (Hinton et al. 2015) as course notes print it: the hard-label cross-entropy of the student
% plus the soft-target cross-entropy at temperature T; y the true class (counted from 1), z_s, z_t the logits
z_s, z_t \in \mathbb{R}^{C}, y \in \{1, \dots, C\}, \alpha, T \in \mathbb{R}

\mathcal{L}_{KD} = (1 - \alpha)\,\mathrm{CE}(y, \mathrm{softmax}(z_s)) + \alpha T^2\,\mathrm{CE}(\mathrm{softmax}(z_t / T), \mathrm{softmax}(z_s / T))
