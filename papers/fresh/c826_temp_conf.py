from h import *
rng=np.random.default_rng(826); K=5
z=rng.normal(size=K)*2; Tt=1.7
run('c826_temp_conf', {r'\mathbf{z}_i':z,'T':Tt}, torch.softmax(T(z/Tt),0).max().numpy())
