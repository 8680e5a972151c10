from h import *
rng=np.random.default_rng(1327); D=5; a,b=rng.normal(size=D),rng.normal(size=D); mg=-0.5
for y in (1,-1):
    exp=torch.nn.functional.cosine_embedding_loss(T(a)[None],T(b)[None],torch.tensor([y]),margin=mg,reduction='sum')
    run('c1327_torch_cosine_embedding', {'x_1':a,'x_2':b,'y':y,r'\text{margin}':mg}, exp.numpy(), fn=r'\text{loss}')
