from h import *
rng=np.random.default_rng(39); d=5; u,v=rng.normal(size=d),rng.normal(size=d)
U=T(u).requires_grad_(); L=1-torch.nn.functional.cosine_similarity(U,T(v),dim=0); L.backward()
run('c38_cosine_emb_grad', dict(u=u,v=v), L.detach().numpy(), fn='L')
run('c38_cosine_emb_grad', dict(u=u,v=v), U.grad.numpy(), fn='g')
