from h import *
rng=np.random.default_rng(894); m=6; dx=rng.uniform(0.1,0.9,m); dg=rng.uniform(0.1,0.9,m)
run('c894_gan_nonsat', {r'D(\boldsymbol{x})':dx,r'D(G(\boldsymbol{z}))':dg},
    {'j_D':(-0.5*torch.log(T(dx)).mean()-0.5*torch.log(1-T(dg)).mean()).numpy(),'j_G':(-0.5*torch.log(T(dg)).mean()).numpy()}, fn=['J^{(D)}','J^{(G)}'])
