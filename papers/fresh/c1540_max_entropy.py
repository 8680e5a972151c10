from h import *
rng=np.random.default_rng(1540); n,C=7,4; P=torch.softmax(T(rng.normal(size=(n,C))),1)
run('c1540_max_entropy', {r'P_\theta':P.numpy()}, np.array(float(torch.argmax(-(P*P.log()).sum(1)))), fn=r'x^*_{H}')
