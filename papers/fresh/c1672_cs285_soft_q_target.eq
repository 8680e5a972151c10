% Berkeley CS285 (Levine), Lecture 19 "Reframing Control as an Inference Problem", soft Q-learning, from memory of the
% slide, whose "softmax" is the soft maximum log sum exp (the slide: "soft max_{a'} Q(s', a') = log int exp(Q(s',
% a')) da'"): N transitions, A discrete actions, the target network's Q at the next state given per action
r_j \in \mathbb{R}^{N}, Q_{\phi'}(\mathbf{s}'_j,\mathbf{a}'_j) \in \mathbb{R}^{N \times A}, \gamma \in \mathbb{R}

y_j = r_j + \gamma \, \text{softmax}_{\mathbf{a}'_j} Q_{\phi'}(\mathbf{s}'_j,\mathbf{a}'_j)
