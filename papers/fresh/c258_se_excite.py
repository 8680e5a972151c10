from h import *
rng=np.random.default_rng(258); C,r=8,4; z=rng.normal(size=C); W1,W2=rng.normal(size=(C//r,C)),rng.normal(size=(C,C//r))
run('c258_se_excite', {r'\mathbf{z}':z,r'\mathbf{W}_1':W1,r'\mathbf{W}_2':W2}, torch.sigmoid(T(W2)@torch.relu(T(W1)@T(z))).numpy(), fn='s')
