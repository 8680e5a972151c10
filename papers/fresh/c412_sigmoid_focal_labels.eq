% Sigmoid focal loss over C classes with one-hot targets (Lin et al. 2017, Sec. 3 and the RetinaNet
% implementation): x the logits of N anchors, y_i the class of anchor i counted from 0
x \in \mathbb{R}^{N \times C}, y \in \{0, \dots, C-1\}^{N}, \gamma \in \mathbb{R}

t_{ik} = \mathbb{1}[y_i = k]
p_{ik} = \sigma(x_{ik})
\mathrm{FL} = -\sum_{i,k} \left( t_{ik} (1 - p_{ik})^{\gamma} \log p_{ik} + (1 - t_{ik}) p_{ik}^{\gamma} \log(1 - p_{ik}) \right)
