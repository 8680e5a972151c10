from h import *
rng=np.random.default_rng(1996); N,D=5,3; y=rng.normal(size=(N,D)); hh=rng.normal(size=(N,D))
run('c1996_repa_loss', {r'\mathbf{y}_{*}':y, r'h_{\phi}(\mathbf{h}_t)':hh}, -torch.nn.functional.cosine_similarity(T(y),T(hh),dim=1).mean().item(), fn=r'\mathcal{L}_{\text{REPA}}')
