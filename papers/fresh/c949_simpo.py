from h import *
rng=np.random.default_rng(949); B=5
pw,pl=(rng.uniform(0.01,0.5,size=B) for _ in range(2)); yw,yl=(rng.integers(3,20,size=B).astype(float) for _ in range(2))
out=-torch.nn.functional.logsigmoid(2/T(yw)*torch.log(T(pw))-2/T(yl)*torch.log(T(pl))-0.5).mean()
run('c949_simpo', {r'\pi_\theta(y_w|x)':pw, r'\pi_\theta(y_l|x)':pl, 'y_w':yw, 'y_l':yl}, out.numpy(), fn=r'\mathcal{L}_{\text{SimPO}}')
